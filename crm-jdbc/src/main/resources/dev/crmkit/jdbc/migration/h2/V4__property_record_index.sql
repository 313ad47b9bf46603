-- Reading or deleting the property values of a page or a batch of records looks them up as a key list,
-- (tenant_id, object_type, record_id) IN ((?, ?, ?), ...). H2 looks such a list up key by key only in an index
-- whose columns the row value covers exactly; over the first three of the primary key's four columns it reads
-- every property value of the tenant instead, for every page and every import batch (H2KeyListPlanTest). This
-- index has exactly those columns.
CREATE INDEX ${prefix}property_value_record_ix ON ${prefix}property_value (tenant_id, object_type, record_id);
