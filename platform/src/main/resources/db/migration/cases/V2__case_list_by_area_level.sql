-- The lists walk "newest first in this area" along an index in seq order. With only (ward_path, seq), a province or
-- district list (a prefix of ward_path) could not: PostgreSQL walked the whole table backwards by seq and filtered,
-- which at 1 M cases took ≈ 0.45 s for a district and a rare state (bench case-list, run 1). The area's province and
-- district are kept as columns of their own so each scope level is an equality, and a status filter within a
-- district is part of the index.

ALTER TABLE cases.case_record
    ADD COLUMN province_code text COLLATE "C" GENERATED ALWAYS AS (left(ward_path, 2)) STORED,
    ADD COLUMN district_path text COLLATE "C" GENERATED ALWAYS AS (left(ward_path, 6)) STORED;

-- Lists of a province (an epidemiologist or health department of the province), newest first.
CREATE INDEX case_record_list_by_province ON cases.case_record (province_code, seq);
-- Lists of a district, newest first; with a level or a state.
CREATE INDEX case_record_list_by_district ON cases.case_record (district_path, seq);
CREATE INDEX case_record_list_by_district_level ON cases.case_record (district_path, level, seq);
CREATE INDEX case_record_list_by_district_state ON cases.case_record (district_path, state, seq);
-- Lists of a province with a level or a state (the nation-wide (level, seq) and (state, seq) stay for national lists).
CREATE INDEX case_record_list_by_province_level ON cases.case_record (province_code, level, seq);
CREATE INDEX case_record_list_by_province_state ON cases.case_record (province_code, state, seq);
