-- CRMKit schema, version 1 (MariaDB 10.11+).
-- ${prefix} is the table prefix (Flyway placeholder syntax). tenant_id leads every primary key, foreign key,
-- unique constraint and index, so every query is a range scan within one tenant.
-- Moments are DATETIME(6) in UTC (the store converts explicitly); utf8mb4_nopad_bin compares and sorts text
-- exactly (case-sensitive), as the other databases do.

CREATE TABLE ${prefix}pipeline (
    tenant_id VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    name VARCHAR(100) NOT NULL,
    transition_policy MEDIUMTEXT NOT NULL,
    allow_reopen BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}pipeline_created_ix ON ${prefix}pipeline (tenant_id, created_at, id);

CREATE TABLE ${prefix}pipeline_stage (
    tenant_id VARCHAR(64) NOT NULL,
    pipeline_id UUID NOT NULL,
    stage_key VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(8) NOT NULL,
    default_probability NUMERIC(5,2) NOT NULL,
    default_forecast_category VARCHAR(16) NOT NULL,
    rotting_days INT NOT NULL,
    required_fields MEDIUMTEXT NOT NULL,
    PRIMARY KEY (tenant_id, pipeline_id, stage_key),
    CONSTRAINT ${prefix}pipeline_stage_fk FOREIGN KEY (tenant_id, pipeline_id)
        REFERENCES ${prefix}pipeline (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE TABLE ${prefix}account (
    tenant_id VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    name VARCHAR(255) NOT NULL,
    name_lc VARCHAR(510) NOT NULL,
    domain VARCHAR(253),
    industry VARCHAR(255),
    employee_count INT,
    annual_revenue NUMERIC(19,4),
    annual_revenue_currency CHAR(3),
    country CHAR(2),
    owner_id VARCHAR(128),
    parent_id UUID,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}account_domain_ix ON ${prefix}account (tenant_id, domain);
CREATE INDEX ${prefix}account_name_lc_ix ON ${prefix}account (tenant_id, name_lc);
CREATE INDEX ${prefix}account_name_ix ON ${prefix}account (tenant_id, name, id);
CREATE INDEX ${prefix}account_owner_ix ON ${prefix}account (tenant_id, owner_id, id);
CREATE INDEX ${prefix}account_parent_ix ON ${prefix}account (tenant_id, parent_id, id);

CREATE TABLE ${prefix}contact (
    tenant_id VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    first_name_lc VARCHAR(200) NOT NULL,
    last_name_lc VARCHAR(200) NOT NULL,
    full_name_lc VARCHAR(401),
    title VARCHAR(255),
    lifecycle_stage VARCHAR(24) NOT NULL,
    lifecycle_entered_at MEDIUMTEXT NOT NULL,
    lead_source VARCHAR(255),
    owner_id VARCHAR(128),
    marketing_email_opt_in BOOLEAN NOT NULL,
    do_not_email BOOLEAN NOT NULL,
    do_not_call BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}contact_name_ix ON ${prefix}contact (tenant_id, last_name, first_name, id);
CREATE INDEX ${prefix}contact_first_lc_ix ON ${prefix}contact (tenant_id, first_name_lc);
CREATE INDEX ${prefix}contact_last_lc_ix ON ${prefix}contact (tenant_id, last_name_lc);
CREATE INDEX ${prefix}contact_full_lc_ix ON ${prefix}contact (tenant_id, full_name_lc);
CREATE INDEX ${prefix}contact_owner_ix ON ${prefix}contact (tenant_id, owner_id, id);
CREATE INDEX ${prefix}contact_lifecycle_ix ON ${prefix}contact (tenant_id, lifecycle_stage, id);

CREATE TABLE ${prefix}contact_email (
    tenant_id VARCHAR(64) NOT NULL,
    contact_id UUID NOT NULL,
    position INT NOT NULL,
    email VARCHAR(254) NOT NULL,
    email_key VARCHAR(254) NOT NULL,
    primary_key VARCHAR(254),
    PRIMARY KEY (tenant_id, contact_id, position),
    CONSTRAINT ${prefix}contact_email_primary_uk UNIQUE (tenant_id, primary_key),
    CONSTRAINT ${prefix}contact_email_fk FOREIGN KEY (tenant_id, contact_id)
        REFERENCES ${prefix}contact (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}contact_email_key_ix ON ${prefix}contact_email (tenant_id, email_key, contact_id);

CREATE TABLE ${prefix}contact_phone (
    tenant_id VARCHAR(64) NOT NULL,
    contact_id UUID NOT NULL,
    position INT NOT NULL,
    e164 VARCHAR(16) NOT NULL,
    PRIMARY KEY (tenant_id, contact_id, position),
    CONSTRAINT ${prefix}contact_phone_fk FOREIGN KEY (tenant_id, contact_id)
        REFERENCES ${prefix}contact (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}contact_phone_e164_ix ON ${prefix}contact_phone (tenant_id, e164, contact_id);

CREATE TABLE ${prefix}contact_account (
    tenant_id VARCHAR(64) NOT NULL,
    contact_id UUID NOT NULL,
    position INT NOT NULL,
    account_id UUID NOT NULL,
    role VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, contact_id, position),
    CONSTRAINT ${prefix}contact_account_fk FOREIGN KEY (tenant_id, contact_id)
        REFERENCES ${prefix}contact (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}contact_account_ix ON ${prefix}contact_account (tenant_id, account_id, contact_id);

CREATE TABLE ${prefix}deal (
    tenant_id VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    name VARCHAR(255) NOT NULL,
    account_id UUID,
    pipeline_id UUID NOT NULL,
    stage VARCHAR(64) NOT NULL,
    stage_entered_at DATETIME(6) NOT NULL,
    amount NUMERIC(19,4),
    currency CHAR(3),
    expected_close_date DATE,
    owner_id VARCHAR(128),
    probability_override NUMERIC(5,2),
    forecast_category_override VARCHAR(16),
    lost_reason VARCHAR(500),
    source VARCHAR(255),
    created_at DATETIME(6) NOT NULL,
    closed_at DATETIME(6),
    last_activity_at DATETIME(6),
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
-- the pipeline board: every column the board reads is in the index, so it never touches the table
CREATE INDEX ${prefix}deal_board_ix ON ${prefix}deal
    (tenant_id, pipeline_id, stage, currency, closed_at, amount, probability_override);
CREATE INDEX ${prefix}deal_name_ix ON ${prefix}deal (tenant_id, name, id);
CREATE INDEX ${prefix}deal_close_ix ON ${prefix}deal (tenant_id, expected_close_date, id);
CREATE INDEX ${prefix}deal_owner_ix ON ${prefix}deal (tenant_id, owner_id, expected_close_date);
CREATE INDEX ${prefix}deal_account_ix ON ${prefix}deal (tenant_id, account_id, id);

CREATE TABLE ${prefix}deal_contact (
    tenant_id VARCHAR(64) NOT NULL,
    deal_id UUID NOT NULL,
    position INT NOT NULL,
    contact_id UUID NOT NULL,
    role VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, deal_id, position),
    CONSTRAINT ${prefix}deal_contact_fk FOREIGN KEY (tenant_id, deal_id)
        REFERENCES ${prefix}deal (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}deal_contact_ix ON ${prefix}deal_contact (tenant_id, contact_id, deal_id);

CREATE TABLE ${prefix}stage_change (
    tenant_id VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    deal_id UUID NOT NULL,
    pipeline_id UUID NOT NULL,
    from_stage VARCHAR(64),
    to_stage VARCHAR(64) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    amount NUMERIC(19,4),
    currency CHAR(3),
    expected_close_date DATE,
    probability NUMERIC(5,2) NOT NULL,
    changed_by VARCHAR(128),
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT ${prefix}stage_change_fk FOREIGN KEY (tenant_id, deal_id)
        REFERENCES ${prefix}deal (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}stage_change_deal_ix ON ${prefix}stage_change (tenant_id, deal_id, changed_at, id);
CREATE INDEX ${prefix}stage_change_pipeline_ix ON ${prefix}stage_change (tenant_id, pipeline_id, changed_at, id);
CREATE INDEX ${prefix}stage_change_time_ix ON ${prefix}stage_change (tenant_id, changed_at, id);

CREATE TABLE ${prefix}activity (
    tenant_id VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    type VARCHAR(16) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    subject_lc VARCHAR(510) NOT NULL,
    body MEDIUMTEXT,
    body_lc MEDIUMTEXT,
    occurred_at DATETIME(6),
    due_at DATETIME(6),
    timeline_at DATETIME(6) NOT NULL,
    done BOOLEAN NOT NULL,
    completed_at DATETIME(6),
    duration_seconds BIGINT,
    duration_nanos INT,
    outcome VARCHAR(255),
    contact_id UUID,
    account_id UUID,
    deal_id UUID,
    owner_id VARCHAR(128),
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}activity_time_ix ON ${prefix}activity (tenant_id, timeline_at, id);
CREATE INDEX ${prefix}activity_contact_ix ON ${prefix}activity (tenant_id, contact_id, timeline_at, id);
CREATE INDEX ${prefix}activity_account_ix ON ${prefix}activity (tenant_id, account_id, timeline_at, id);
CREATE INDEX ${prefix}activity_deal_ix ON ${prefix}activity (tenant_id, deal_id, timeline_at, id);
CREATE INDEX ${prefix}activity_owner_ix ON ${prefix}activity (tenant_id, owner_id, timeline_at, id);
CREATE INDEX ${prefix}activity_task_ix ON ${prefix}activity (tenant_id, done, due_at);

CREATE TABLE ${prefix}external_id (
    tenant_id VARCHAR(64) NOT NULL,
    object_type VARCHAR(16) NOT NULL,
    source VARCHAR(64) NOT NULL,
    external_id VARCHAR(255) NOT NULL,
    record_id UUID NOT NULL,
    PRIMARY KEY (tenant_id, object_type, source, external_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ${prefix}external_id_record_ix ON ${prefix}external_id (tenant_id, object_type, record_id);

CREATE TABLE ${prefix}property_value (
    tenant_id VARCHAR(64) NOT NULL,
    object_type VARCHAR(16) NOT NULL,
    record_id UUID NOT NULL,
    property_key VARCHAR(64) NOT NULL,
    value_type VARCHAR(16) NOT NULL,
    text_value VARCHAR(4000),
    number_value DECIMAL(65,30),
    bool_value BOOLEAN,
    date_value DATE,
    money_amount NUMERIC(19,4),
    money_currency CHAR(3),
    PRIMARY KEY (tenant_id, object_type, record_id, property_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
-- InnoDB keys are limited to 3072 bytes, so only the start of long texts is indexed
CREATE INDEX ${prefix}property_text_ix ON ${prefix}property_value
    (tenant_id, object_type, property_key, text_value(191));
CREATE INDEX ${prefix}property_number_ix ON ${prefix}property_value (tenant_id, object_type, property_key, number_value);
CREATE INDEX ${prefix}property_date_ix ON ${prefix}property_value (tenant_id, object_type, property_key, date_value);
CREATE INDEX ${prefix}property_money_ix ON ${prefix}property_value
    (tenant_id, object_type, property_key, money_currency, money_amount);

CREATE TABLE ${prefix}property_definition (
    tenant_id VARCHAR(64) NOT NULL,
    id UUID NOT NULL,
    object_type VARCHAR(16) NOT NULL,
    property_key VARCHAR(64) NOT NULL,
    label VARCHAR(255) NOT NULL,
    type VARCHAR(16) NOT NULL,
    allowed_values MEDIUMTEXT NOT NULL,
    description VARCHAR(1000),
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT ${prefix}property_definition_uk UNIQUE (tenant_id, object_type, property_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
