-- Benchmark tables on SQLite; the indexes and the view come after the load
-- (sqlite-after.sql). SQLite has no sequences: INTEGER PRIMARY KEY is the rowid.
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name VARCHAR(80) NOT NULL,
    email VARCHAR(120),
    country CHAR(2) NOT NULL,
    signup_at TIMESTAMP NOT NULL,
    balance NUMERIC(12,2) NOT NULL,
    notes TEXT
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku VARCHAR(32) NOT NULL UNIQUE,
    title TEXT NOT NULL,
    price NUMERIC(10,2) NOT NULL,
    weight DOUBLE PRECISION
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    ordered_at TIMESTAMP NOT NULL,
    status VARCHAR(16) NOT NULL,
    total NUMERIC(12,2) NOT NULL,
    comment TEXT
);
CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    qty INTEGER NOT NULL,
    unit_price NUMERIC(10,2) NOT NULL,
    discount NUMERIC(5,2) NOT NULL DEFAULT 0
);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    filename TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TIMESTAMP NOT NULL
);
