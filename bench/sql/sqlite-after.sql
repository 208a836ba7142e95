-- sqlite3's .import reads \N as text: make those NULL.
UPDATE customers SET email = NULL WHERE email = '\N';
UPDATE customers SET notes = NULL WHERE notes = '\N';
UPDATE orders SET comment = NULL WHERE comment = '\N';
CREATE INDEX orders_customer_ix ON orders (customer_id);
CREATE INDEX order_lines_order_ix ON order_lines (order_id);
CREATE VIEW order_totals AS
    SELECT o.id AS order_id, o.customer_id, sum(l.qty * l.unit_price) AS amount
    FROM orders o JOIN order_lines l ON l.order_id = o.id
    GROUP BY o.id, o.customer_id;
ANALYZE;
