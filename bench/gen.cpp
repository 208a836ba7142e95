// Benchmark data generator: writes the benchmark tables as PostgreSQL COPY text
// files (tab-separated, \N for NULL), which psql \copy, MariaDB's LOAD DATA and
// sqlite3's .import (tabs mode) all read, plus the bytea table once more as SQL
// INSERTs with X'..' literals for SQLite, whose .import cannot make blobs.
//
//   sluice-bench-gen <scale> <output folder>
//
// <scale> 1.0 is the full dataset (about 6.5 million rows). Every value comes
// from a seeded generator, so two runs write identical files. The text never
// holds tabs, newlines, backslashes or double quotes: sqlite3's .import reads
// the files as plain tab-separated values without COPY's escapes.
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

// splitmix64: small, fast and good enough for synthetic data.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31U);
    }
    // Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::uint64_t m_state;
};

// Buffered writer for one output file.
class Out
{
public:
    Out(const std::string &folder, const char *name)
    {
        const std::string path = folder + "/" + name;
        m_file = std::fopen(path.c_str(), "wb");
        if (m_file == nullptr) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            std::exit(1);
        }
        m_buffer.reserve(kFlushAt + 65536);
    }
    Out(const Out &) = delete;
    Out &operator=(const Out &) = delete;
    ~Out()
    {
        flush();
        if (std::fclose(m_file) != 0) {
            std::perror("close");
            std::exit(1);
        }
    }
    Out &text(std::string_view s)
    {
        m_buffer.append(s);
        return *this;
    }
    Out &ch(char c)
    {
        m_buffer.push_back(c);
        return *this;
    }
    Out &num(std::int64_t value)
    {
        std::array<char, 24> digits{};
        const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), value);
        m_buffer.append(digits.data(), result.ptr);
        return *this;
    }
    // A fixed-point decimal with two digits after the point, from hundredths.
    Out &cents(std::int64_t hundredths)
    {
        if (hundredths < 0) {
            ch('-');
            hundredths = -hundredths;
        }
        num(hundredths / 100).ch('.');
        const std::int64_t fraction = hundredths % 100;
        return ch(static_cast<char>('0' + fraction / 10))
            .ch(static_cast<char>('0' + fraction % 10));
    }
    // A timestamp with microseconds, from seconds since 2015-01-01.
    Out &timestamp(std::int64_t seconds, std::int64_t micros)
    {
        static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        std::int64_t days = seconds / 86400;
        std::int64_t rest = seconds % 86400;
        int year = 2015;
        for (;;) {
            const int length = (year % 4 == 0) ? 366 : 365;
            if (days < length) {
                break;
            }
            days -= length;
            ++year;
        }
        int month = 0;
        for (;; ++month) {
            const int length =
                kDays.at(static_cast<std::size_t>(month)) + ((month == 1 && year % 4 == 0) ? 1 : 0);
            if (days < length) {
                break;
            }
            days -= length;
        }
        char text[40];
        const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d.%06d", year,
                                    month + 1, static_cast<int>(days + 1),
                                    static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                                    static_cast<int>(rest % 60), static_cast<int>(micros));
        m_buffer.append(text, static_cast<std::size_t>(n));
        return *this;
    }
    Out &null() { return text("\\N"); }
    void endRow()
    {
        m_buffer.push_back('\n');
        if (m_buffer.size() >= kFlushAt) {
            flush();
        }
    }

private:
    static constexpr std::size_t kFlushAt = 1 << 20;
    void flush()
    {
        if (!m_buffer.empty() &&
            std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
            std::perror("write");
            std::exit(1);
        }
        m_buffer.clear();
    }
    std::FILE *m_file = nullptr;
    std::string m_buffer;
};

constexpr std::array<std::string_view, 24> kFirst{
    "Anna",    "Bruno", "Chloé", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi",
    "Ines",    "Jonas", "Keiko", "Liam",   "Maja", "Noah",  "Olga",  "Pedro",
    "Quentin", "Rosa",  "Søren", "Tariq",  "Ulla", "Vera",  "Wen",   "Zoë"};
constexpr std::array<std::string_view, 24> kLast{
    "Ackermann", "Bianchi", "Castro",   "Dubois",  "Eriksson", "Fischer",  "García", "Hansen",
    "Ivanova",   "Jensen",  "Kowalski", "Lefèvre", "Müller",   "Nakamura", "Okafor", "Petrov",
    "Quinn",     "Rossi",   "Schmidt",  "Tanaka",  "Ueda",     "Varga",    "Weber",  "Yılmaz"};
constexpr std::array<std::string_view, 40> kWords{
    "quick",    "delivery", "invoice",   "pallet",  "return",  "fragile",  "express", "warehouse",
    "customer", "urgent",   "gift",      "wrap",    "blue",    "large",    "small",   "steel",
    "cotton",   "organic",  "refill",    "bundle",  "東京",    "straße",   "café",    "naïve",
    "résumé",   "spare",    "kit",       "adapter", "cable",   "filter",   "monthly", "annual",
    "priority", "standard", "backorder", "sample",  "voucher", "discount", "repair",  "upgrade"};
constexpr std::array<std::string_view, 12> kCountries{"DE", "FR", "IT", "ES", "NL", "PL",
                                                      "SE", "JP", "US", "GB", "TR", "BR"};
constexpr std::array<std::string_view, 6> kStatus{"new",       "paid",      "shipped",
                                                  "delivered", "cancelled", "returned"};

template <std::size_t N>
std::string_view pick(Random &random, const std::array<std::string_view, N> &list)
{
    return list.at(static_cast<std::size_t>(random.next() % N));
}

void words(Out &out, Random &random, int low, int high)
{
    const std::int64_t count = random.between(low, high);
    for (std::int64_t i = 0; i < count; ++i) {
        if (i > 0) {
            out.ch(' ');
        }
        out.text(pick(random, kWords));
    }
}

constexpr std::int64_t kNineYears = 9LL * 365 * 86400;

void customers(const std::string &folder, std::int64_t rows)
{
    Random random(1);
    Out out(folder, "customers.tsv");
    for (std::int64_t id = 1; id <= rows; ++id) {
        const std::string_view first = pick(random, kFirst);
        const std::string_view last = pick(random, kLast);
        out.num(id).ch('\t').text(first).ch(' ').text(last).ch('\t');
        if (random.chance(10)) {
            out.null();
        } else {
            out.text("c").num(id).text(".mail@example.com");
        }
        out.ch('\t').text(pick(random, kCountries)).ch('\t');
        out.timestamp(random.between(0, kNineYears), random.between(0, 999999)).ch('\t');
        out.cents(random.between(-500000, 5000000)).ch('\t');
        if (random.chance(30)) {
            words(out, random, 5, 15);
        } else {
            out.null();
        }
        out.endRow();
    }
}

void products(const std::string &folder, std::int64_t rows)
{
    Random random(2);
    Out out(folder, "products.tsv");
    for (std::int64_t id = 1; id <= rows; ++id) {
        char sku[24];
        const int n = std::snprintf(sku, sizeof sku, "SKU-%08lld", static_cast<long long>(id));
        out.num(id).ch('\t').text(std::string_view(sku, static_cast<std::size_t>(n))).ch('\t');
        words(out, random, 2, 5);
        out.ch('\t').cents(random.between(50, 99999)).ch('\t');
        out.num(random.between(1, 50000)).text(".125");
        out.endRow();
    }
}

void orders(const std::string &folder, std::int64_t rows, std::int64_t customerRows)
{
    Random random(3);
    Out out(folder, "orders.tsv");
    for (std::int64_t id = 1; id <= rows; ++id) {
        out.num(id).ch('\t').num(random.between(1, customerRows)).ch('\t');
        out.timestamp(random.between(0, kNineYears), random.between(0, 999999)).ch('\t');
        out.text(pick(random, kStatus)).ch('\t').cents(random.between(100, 2000000)).ch('\t');
        if (random.chance(40)) {
            words(out, random, 3, 12);
        } else {
            out.null();
        }
        out.endRow();
    }
}

void orderLines(const std::string &folder, std::int64_t rows, std::int64_t orderRows,
                std::int64_t productRows)
{
    Random random(4);
    Out out(folder, "order_lines.tsv");
    for (std::int64_t id = 1; id <= rows; ++id) {
        // Lines come in order of their order, about three per order.
        const std::int64_t order = (id - 1) * orderRows / rows + 1;
        out.num(id).ch('\t').num(order).ch('\t').num(random.between(1, productRows)).ch('\t');
        out.num(random.between(1, 20)).ch('\t').cents(random.between(50, 99999)).ch('\t');
        out.cents(random.chance(80) ? 0 : random.between(1, 3000));
        out.endRow();
    }
}

// Binary content: a random half (incompressible) and a repeated half, 1-5 KB.
std::string content(Random &random)
{
    const auto length = static_cast<std::size_t>(random.between(1000, 5000));
    std::string bytes(length, '\0');
    const std::size_t randomPart = length / 2;
    for (std::size_t i = 0; i < randomPart; ++i) {
        bytes[i] = static_cast<char>(random.next() & 0xffU);
    }
    for (std::size_t i = randomPart; i < length; ++i) {
        bytes[i] = static_cast<char>("%PDF-1.7 stream"[i % 15]);
    }
    return bytes;
}

void hex(Out &out, const std::string &bytes)
{
    static constexpr std::string_view kDigits = "0123456789abcdef";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        out.ch(kDigits[byte >> 4U]).ch(kDigits[byte & 0xfU]);
    }
}

void attachments(const std::string &folder, std::int64_t rows, std::int64_t orderRows)
{
    Random random(5);
    Out tsv(folder, "attachments.tsv");
    Out sql(folder, "attachments.sqlite.sql");
    sql.text("BEGIN;\n");
    for (std::int64_t id = 1; id <= rows; ++id) {
        const std::int64_t order = random.between(1, orderRows);
        const std::string bytes = content(random);
        const std::int64_t seconds = random.between(0, kNineYears);
        const std::int64_t micros = random.between(0, 999999);
        // COPY text escapes the backslash of bytea's \x form.
        tsv.num(id).ch('\t').num(order).ch('\t').text("doc-").num(id).text(".pdf\t\\\\x");
        hex(tsv, bytes);
        tsv.ch('\t').timestamp(seconds, micros);
        tsv.endRow();
        sql.text("INSERT INTO attachments VALUES(")
            .num(id)
            .ch(',')
            .num(order)
            .text(",'doc-")
            .num(id);
        sql.text(".pdf',X'");
        hex(sql, bytes);
        sql.text("','").timestamp(seconds, micros).text("');");
        sql.endRow();
    }
    sql.text("COMMIT;");
    sql.endRow();
}

std::int64_t scaled(double scale, std::int64_t full, std::int64_t minimum)
{
    const auto rows = static_cast<std::int64_t>(static_cast<double>(full) * scale);
    return rows < minimum ? minimum : rows;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <scale, 1.0 = full> <output folder>\n", argv[0]);
        return 2;
    }
    char *end = nullptr;
    const double scale = std::strtod(argv[1], &end);
    if (end == argv[1] || *end != '\0' || scale <= 0.0 || scale > 10.0) {
        std::fprintf(stderr, "scale must be a number in (0, 10], got '%s'\n", argv[1]);
        return 2;
    }
    const std::string folder = argv[2];
    const std::int64_t customerRows = scaled(scale, 500000, 10);
    const std::int64_t productRows = scaled(scale, 20000, 10);
    const std::int64_t orderRows = scaled(scale, 1500000, 10);
    const std::int64_t lineRows = scaled(scale, 4450000, 10);
    const std::int64_t attachmentRows = scaled(scale, 30000, 10);
    customers(folder, customerRows);
    products(folder, productRows);
    orders(folder, orderRows, customerRows);
    orderLines(folder, lineRows, orderRows, productRows);
    attachments(folder, attachmentRows, orderRows);
    std::printf(
        "customers=%lld products=%lld orders=%lld order_lines=%lld attachments=%lld total=%lld\n",
        static_cast<long long>(customerRows), static_cast<long long>(productRows),
        static_cast<long long>(orderRows), static_cast<long long>(lineRows),
        static_cast<long long>(attachmentRows),
        static_cast<long long>(customerRows + productRows + orderRows + lineRows + attachmentRows));
    return 0;
}
