-- Benchmark tables on MariaDB (InnoDB); the secondary indexes, foreign keys and
-- the view come after the load (mariadb-after.sql).
CREATE TABLE customers (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(80) NOT NULL,
    email VARCHAR(120),
    country CHAR(2) NOT NULL,
    signup_at DATETIME(6) NOT NULL,
    balance DECIMAL(12,2) NOT NULL,
    notes TEXT
) ENGINE=InnoDB;
CREATE TABLE products (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sku VARCHAR(32) NOT NULL,
    title TEXT NOT NULL,
    price DECIMAL(10,2) NOT NULL,
    weight DOUBLE
) ENGINE=InnoDB;
CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    ordered_at DATETIME(6) NOT NULL,
    status VARCHAR(16) NOT NULL,
    total DECIMAL(12,2) NOT NULL,
    comment TEXT
) ENGINE=InnoDB;
CREATE TABLE order_lines (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id BIGINT NOT NULL,
    product_id INT NOT NULL,
    qty INT NOT NULL,
    unit_price DECIMAL(10,2) NOT NULL,
    discount DECIMAL(5,2) NOT NULL DEFAULT 0
) ENGINE=InnoDB;
CREATE TABLE attachments (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id BIGINT NOT NULL,
    filename TEXT NOT NULL,
    content LONGBLOB NOT NULL,
    created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB;
CREATE SEQUENCE invoice_no START WITH 100000;
