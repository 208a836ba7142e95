SET foreign_key_checks = 0;
ALTER TABLE products ADD CONSTRAINT products_sku_key UNIQUE (sku);
ALTER TABLE orders ADD INDEX orders_customer_ix (customer_id),
    ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE order_lines ADD INDEX order_lines_order_ix (order_id),
    ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id),
    ADD CONSTRAINT order_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id);
ALTER TABLE attachments
    ADD CONSTRAINT attachments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);
SET foreign_key_checks = 1;
SELECT SETVAL(invoice_no, 123456);
CREATE VIEW order_totals AS
    SELECT o.id AS order_id, o.customer_id, sum(l.qty * l.unit_price) AS amount
    FROM orders o JOIN order_lines l ON l.order_id = o.id
    GROUP BY o.id, o.customer_id;
ANALYZE TABLE customers, products, orders, order_lines, attachments;
