-- A SQLite schema that uses every object kind SQLite has, for the catalog
-- fidelity tests: AUTOINCREMENT, named and unnamed constraints, CHECK,
-- deferrable foreign keys with actions, generated columns (virtual and
-- stored), collations, WITHOUT ROWID and STRICT tables, expression, partial,
-- unique and descending indexes, views on views, and triggers.
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    full_name VARCHAR(80) NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
    created_at TEXT DEFAULT CURRENT_TIMESTAMP,
    credit NUMERIC(10,2) DEFAULT 0.00 CONSTRAINT credit_non_negative CHECK (credit >= 0)
);

CREATE TABLE "Order Lines Archive" (
    "Line Id" INTEGER NOT NULL,
    note TEXT,
    PRIMARY KEY ("Line Id")
) WITHOUT ROWID;

CREATE TABLE products (
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    price REAL NOT NULL,
    vat_rate REAL NOT NULL DEFAULT 0.2,
    price_gross REAL GENERATED ALWAYS AS (round(price * (1 + vat_rate), 2)) VIRTUAL,
    search_name TEXT AS (lower(name)) STORED,
    CONSTRAINT products_pk PRIMARY KEY (sku),
    CONSTRAINT price_positive CHECK (price > 0)
);

CREATE TABLE orders (
    order_id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (customer_id) ON DELETE CASCADE,
    ordered_on TEXT NOT NULL,
    shipped_on TEXT,
    CONSTRAINT ship_after_order CHECK (shipped_on IS NULL OR shipped_on >= ordered_on)
);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    sku TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT order_items_pk PRIMARY KEY (order_id, line_no),
    CONSTRAINT items_order_fk FOREIGN KEY (order_id) REFERENCES orders (order_id)
        ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT items_product_fk FOREIGN KEY (sku) REFERENCES products
        ON DELETE RESTRICT,
    CONSTRAINT quantity_positive CHECK (quantity > 0)
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    happened_at TEXT NOT NULL,
    what TEXT NOT NULL,
    amount INTEGER
) STRICT;

CREATE INDEX customers_name_ix ON customers (full_name COLLATE NOCASE DESC);
CREATE UNIQUE INDEX products_name_uix ON products (name);
CREATE INDEX orders_open_ix ON orders (ordered_on) WHERE shipped_on IS NULL;
CREATE INDEX customers_domain_ix ON customers (substr(email, instr(email, '@') + 1));
CREATE INDEX items_sku_qty_ix ON order_items (sku, quantity DESC);

CREATE VIEW order_totals AS
SELECT o.order_id, o.customer_id, sum(i.quantity * p.price_gross) AS total
FROM orders o
JOIN order_items i ON i.order_id = o.order_id
JOIN products p ON p.sku = i.sku
GROUP BY o.order_id, o.customer_id;

CREATE VIEW customer_totals (customer_id, email, total) AS
SELECT c.customer_id, c.email, coalesce(sum(t.total), 0)
FROM customers c LEFT JOIN order_totals t ON t.customer_id = c.customer_id
GROUP BY c.customer_id, c.email;

CREATE VIEW big_customers AS
SELECT * FROM customer_totals WHERE total > 1000;

CREATE TRIGGER orders_audit AFTER INSERT ON orders
FOR EACH ROW
BEGIN
    INSERT INTO audit_log (happened_at, what) VALUES (datetime('now'), 'order ' || NEW.order_id);
END;

CREATE TRIGGER customers_block BEFORE UPDATE OF status ON customers
WHEN NEW.status = 'blocked' AND OLD.credit > 0
BEGIN
    SELECT RAISE(ABORT, 'customer has credit');
END;

INSERT INTO customers (email, full_name) VALUES ('a@example.com', 'Ann');
INSERT INTO customers (email, full_name) VALUES ('b@example.com', 'Bob');
