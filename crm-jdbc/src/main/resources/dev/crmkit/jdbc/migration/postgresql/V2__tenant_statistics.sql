-- Every query of the store names one tenant, so the planner's statistics on tenant_id only ever mislead it:
-- a tenant absent from the last ANALYZE (a new tenant, or one being bulk-imported) is estimated at one row,
-- and a primary-key lookup or foreign-key check on (tenant_id, id) can then tie with a secondary index such
-- as (tenant_id, lifecycle_stage, id) and scan the whole tenant through it. Without statistics on tenant_id
-- the planner assumes a small fixed share of the table per tenant and takes the primary key.
ALTER TABLE ${prefix}pipeline ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}pipeline_stage ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}account ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}contact ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}contact_email ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}contact_phone ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}contact_account ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}deal ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}deal_contact ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}stage_change ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}activity ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}external_id ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}property_value ALTER COLUMN tenant_id SET STATISTICS 0;
ALTER TABLE ${prefix}property_definition ALTER COLUMN tenant_id SET STATISTICS 0;
