#pragma once

namespace sluice::engine {

// Digit tests for the text forms the data path parses byte by byte (COPY text
// escapes, bytea hex, numbers): ASCII only, whatever the C locale says.

// The value of a hexadecimal digit (either case), or -1.
[[nodiscard]] constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

[[nodiscard]] constexpr bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

[[nodiscard]] constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace sluice::engine
