-- A MariaDB schema that uses the object kinds MariaDB has, for the catalog
-- fidelity tests: sequences, AUTO_INCREMENT, ENUM and SET, generated columns
-- (virtual and stored), ON UPDATE, comments, column and table CHECKs, unique,
-- prefix and descending keys, foreign keys with actions, range partitioning
-- with named subpartitions, list partitioning with a comment and a DEFAULT
-- partition, views on views with options, a function, a procedure and
-- triggers. Loads into the current database.
SET NAMES utf8mb4;
SET sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION';

CREATE SEQUENCE invoice_seq START WITH 1000 INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999 CACHE 20 CYCLE;
CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 1 NOCACHE NOCYCLE;

CREATE TABLE customers (
    customer_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    email VARCHAR(120) NOT NULL COMMENT 'login name',
    full_name VARCHAR(80) NOT NULL,
    status ENUM('active', 'blocked', 'it''s') NOT NULL DEFAULT 'active',
    flags SET('vip', 'newsletter') DEFAULT NULL,
    credit DECIMAL(10,2) NOT NULL DEFAULT 0.00 CHECK (credit >= 0),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME(3) DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3),
    name_upper VARCHAR(80) AS (UPPER(full_name)) VIRTUAL,
    email_domain VARCHAR(120) AS (SUBSTRING_INDEX(email, '@', -1)) STORED,
    nickname VARCHAR(40) COLLATE utf8mb4_general_ci DEFAULT NULL,
    PRIMARY KEY (customer_id),
    UNIQUE KEY customers_email_uk (email),
    KEY customers_name_ix (full_name(20), created_at DESC),
    CONSTRAINT customers_status_credit CHECK (status <> 'blocked' OR credit = 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='people who order';

CREATE TABLE products (
    sku VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    price DECIMAL(12,2) NOT NULL,
    weight_kg DOUBLE,
    CONSTRAINT products_pk PRIMARY KEY (sku)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE orders (
    order_id BIGINT NOT NULL AUTO_INCREMENT,
    customer_id INT UNSIGNED NOT NULL,
    ordered_on DATE NOT NULL,
    shipped_on DATE,
    PRIMARY KEY (order_id),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (customer_id)
        ON DELETE CASCADE ON UPDATE RESTRICT,
    CONSTRAINT ship_after_order CHECK (shipped_on IS NULL OR shipped_on >= ordered_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE order_items (
    order_id BIGINT NOT NULL,
    line_no SMALLINT NOT NULL,
    sku VARCHAR(20),
    quantity INT NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT items_order_fk FOREIGN KEY (order_id) REFERENCES orders (order_id)
        ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT items_product_fk FOREIGN KEY (sku) REFERENCES products (sku) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_log (
    id BIGINT NOT NULL AUTO_INCREMENT,
    happened_on DATE NOT NULL,
    what VARCHAR(200) NOT NULL,
    PRIMARY KEY (id, happened_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
PARTITION BY RANGE (YEAR(happened_on))
SUBPARTITION BY HASH (MONTH(happened_on)) (
    PARTITION p2023 VALUES LESS THAN (2024) (SUBPARTITION h2023a, SUBPARTITION h2023b),
    PARTITION p2024 VALUES LESS THAN (2025) (SUBPARTITION h2024a, SUBPARTITION h2024b),
    PARTITION pmax VALUES LESS THAN MAXVALUE (SUBPARTITION hmaxa, SUBPARTITION hmaxb)
);

CREATE TABLE regional_sales (
    region CHAR(2) NOT NULL,
    amount DECIMAL(12,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
PARTITION BY LIST COLUMNS (region) (
    PARTITION north VALUES IN ('NO', 'SE', 'FI') COMMENT 'Nordic countries',
    PARTITION south VALUES IN ('ES', 'IT'),
    PARTITION elsewhere DEFAULT
);

CREATE VIEW order_totals AS
SELECT o.order_id, o.customer_id, SUM(i.quantity * p.price) AS total
FROM orders o JOIN order_items i ON i.order_id = o.order_id JOIN products p ON p.sku = i.sku
GROUP BY o.order_id, o.customer_id;

CREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW customer_totals AS
SELECT c.customer_id, c.email, COALESCE(SUM(t.total), 0) AS total
FROM customers c LEFT JOIN order_totals t ON t.customer_id = c.customer_id
GROUP BY c.customer_id, c.email;

CREATE VIEW active_customers AS
SELECT customer_id, email, status FROM customers WHERE status = 'active'
WITH CASCADED CHECK OPTION;

CREATE VIEW big_customers AS SELECT * FROM customer_totals WHERE total > 1000;

DELIMITER //

CREATE FUNCTION order_total(p_order_id BIGINT) RETURNS DECIMAL(14,2)
    READS SQL DATA
    COMMENT 'sum of an order''s lines'
BEGIN
    DECLARE v_total DECIMAL(14,2);
    SELECT COALESCE(SUM(i.quantity * p.price), 0) INTO v_total
      FROM order_items i JOIN products p ON p.sku = i.sku WHERE i.order_id = p_order_id;
    RETURN v_total;
END //

CREATE PROCEDURE log_event(IN p_what VARCHAR(200))
    MODIFIES SQL DATA
    SQL SECURITY INVOKER
BEGIN
    INSERT INTO audit_log (happened_on, what) VALUES (CURRENT_DATE, p_what);
END //

CREATE TRIGGER orders_audit
AFTER INSERT ON orders
FOR EACH ROW
BEGIN
    CALL log_event(CONCAT('order ', NEW.order_id));
END //

CREATE TRIGGER customers_block BEFORE UPDATE ON customers FOR EACH ROW
BEGIN
    IF NEW.status = 'blocked' AND OLD.credit > 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'customer has credit';
    END IF;
END //

DELIMITER ;

INSERT INTO customers (email, full_name) VALUES ('a@example.com', 'Ann'), ('b@example.com', 'Bob');
SELECT NEXTVAL(invoice_seq);
