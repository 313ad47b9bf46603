-- Names sort by Unicode code point (the SPI's NameSort and DealSort). H2 compares VARCHAR by UTF-16 unit, as
-- Java's String.compareTo does, which sorts U+E000 to U+FFFF (full-width forms, private use, ...) after every
-- character outside the Basic Multilingual Plane (emoji, ...). UTF-8 bytes compare by code point, so every
-- column a name order sorts on gets a generated twin holding its UTF-8 bytes, and the name indexes move onto
-- the twins (H2Dialect.codePointOrder). A UTF-16 unit takes at most 3 bytes, a surrogate pair 4.
-- Every statement can run again (IF [NOT] EXISTS; an index is dropped right before it is made anew), so a start
-- killed half-way through this script finishes it on the next start (MigrationRunner resumes it).
ALTER TABLE ${prefix}account ADD COLUMN IF NOT EXISTS name_cp VARBINARY(1020) GENERATED ALWAYS AS (STRINGTOUTF8(name));
DROP INDEX IF EXISTS ${prefix}account_name_ix;
CREATE INDEX ${prefix}account_name_ix ON ${prefix}account (tenant_id, name_cp, id);

ALTER TABLE ${prefix}contact ADD COLUMN IF NOT EXISTS last_name_cp VARBINARY(400) GENERATED ALWAYS AS (STRINGTOUTF8(last_name));
ALTER TABLE ${prefix}contact ADD COLUMN IF NOT EXISTS first_name_cp VARBINARY(400) GENERATED ALWAYS AS (STRINGTOUTF8(first_name));
DROP INDEX IF EXISTS ${prefix}contact_name_ix;
CREATE INDEX ${prefix}contact_name_ix ON ${prefix}contact (tenant_id, last_name_cp, first_name_cp, id);

ALTER TABLE ${prefix}deal ADD COLUMN IF NOT EXISTS name_cp VARBINARY(1020) GENERATED ALWAYS AS (STRINGTOUTF8(name));
DROP INDEX IF EXISTS ${prefix}deal_name_ix;
CREATE INDEX ${prefix}deal_name_ix ON ${prefix}deal (tenant_id, name_cp, id);
