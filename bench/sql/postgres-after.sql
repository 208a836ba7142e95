ALTER TABLE customers ADD PRIMARY KEY (id);
ALTER TABLE products ADD PRIMARY KEY (id), ADD CONSTRAINT products_sku_key UNIQUE (sku);
ALTER TABLE orders ADD PRIMARY KEY (id),
    ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
CREATE INDEX orders_customer_ix ON orders (customer_id);
ALTER TABLE order_lines ADD PRIMARY KEY (id),
    ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id),
    ADD CONSTRAINT order_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id);
CREATE INDEX order_lines_order_ix ON order_lines (order_id);
ALTER TABLE attachments ADD PRIMARY KEY (id),
    ADD CONSTRAINT attachments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);
SELECT setval(pg_get_serial_sequence('customers', 'id'), max(id)) FROM customers;
SELECT setval(pg_get_serial_sequence('products', 'id'), max(id)) FROM products;
SELECT setval(pg_get_serial_sequence('orders', 'id'), max(id)) FROM orders;
SELECT setval(pg_get_serial_sequence('order_lines', 'id'), max(id)) FROM order_lines;
SELECT setval(pg_get_serial_sequence('attachments', 'id'), max(id)) FROM attachments;
SELECT setval('invoice_no', 123456);
CREATE VIEW order_totals AS
    SELECT o.id AS order_id, o.customer_id, sum(l.qty * l.unit_price) AS amount
    FROM orders o JOIN order_lines l ON l.order_id = o.id
    GROUP BY o.id, o.customer_id;
