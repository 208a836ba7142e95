#!/usr/bin/env python3
"""Writes hr-sqlite.sql, hr-postgresql.sql and hr-mariadb.sql from hr_data.py.

The generated scripts are committed; the build only reads them. Run this
again after changing the data or the schema text below:
    python3 resources/sample/generate.py
The INSERT section is byte-identical in the three scripts, so the three
engines hold the same text data.
"""

import pathlib
import sys

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__

import hr_data as data

HERE = pathlib.Path(__file__).resolve().parent
CHUNK = 50

TABLES = [
    ('regions', ['region_id', 'region_name'], data.REGIONS),
    ('countries', ['country_id', 'country_name', 'region_id'], data.COUNTRIES),
    ('locations', ['location_id', 'street_address', 'postal_code', 'city', 'state_province',
                   'country_id'], data.LOCATIONS),
    ('departments', ['department_id', 'department_name', 'manager_id', 'location_id'],
     data.DEPARTMENTS),
    ('jobs', ['job_id', 'job_title', 'min_salary', 'max_salary'], data.JOBS),
    ('employees', ['employee_id', 'first_name', 'last_name', 'email', 'phone_number',
                   'hire_date', 'job_id', 'salary', 'commission_pct', 'manager_id',
                   'department_id'], data.EMPLOYEES),
    ('job_history', ['employee_id', 'start_date', 'end_date', 'job_id', 'department_id'],
     data.JOB_HISTORY),
]
NUMERIC_COLUMNS = {'commission_pct'}


def literal(column, value):
    if value is None:
        return 'NULL'
    if isinstance(value, int) or column in NUMERIC_COLUMNS:
        return str(value)
    assert '\\' not in value, 'backslashes would load differently in MariaDB'
    return "'" + value.replace("'", "''") + "'"


def inserts():
    out = []
    for table, columns, rows in TABLES:
        out.append(f'-- {table}: {len(rows)} rows')
        for start in range(0, len(rows), CHUNK):
            values = [f"({', '.join(literal(c, v) for c, v in zip(columns, row))})"
                      for row in rows[start:start + CHUNK]]
            out.append(f"INSERT INTO {table} ({', '.join(columns)}) VALUES\n  "
                       + ',\n  '.join(values) + ';')
        out.append('')
    return '\n'.join(out)


def counts_comment():
    total = sum(len(rows) for _, _, rows in TABLES)
    parts = ', '.join(f'{table} {len(rows)}' for table, _, rows in TABLES)
    return f'-- Rows: {parts} ({total} in all).'


def render(template):
    return (template.replace('@COUNTS@', counts_comment())
            .replace('@NEXT_EMPLOYEE_ID@', str(data.NEXT_EMPLOYEE_ID))
            .replace('@INSERTS@', inserts()))


def main():
    for dialect in ('sqlite', 'postgresql', 'mariadb'):
        template = (HERE / 'templates' / f'hr-{dialect}.sql.in').read_text(encoding='utf-8')
        (HERE / f'hr-{dialect}.sql').write_text(render(template), encoding='utf-8')


if __name__ == '__main__':
    main()
