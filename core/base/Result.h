#pragma once

#include <utility>
#include <variant>

namespace commissioner {

// An expected-style value: either a T or an error E. Errors are values in core/ and
// protocols/; only app/ turns them into sentences.
template <typename T, typename E> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

// The void case: success carries nothing.
struct Ok
{
};

} // namespace commissioner
