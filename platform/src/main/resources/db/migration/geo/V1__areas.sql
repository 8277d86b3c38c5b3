-- Vietnam's administrative areas (GSO catalogue): 63 provinces, 705 districts, 10,599 wards.
-- Loaded once from the catalogue file at first start; the platform reads them into memory.
CREATE TABLE geo.area (
    code        text PRIMARY KEY,                     -- GSO code: 2 digits province, 3 district, 5 ward
    level       text NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'WARD')),
    name        text NOT NULL,                        -- official name, NFC, with its type ("Phường Phúc Xá")
    type        text NOT NULL,                        -- "Phường", "Quận", "Thành phố Trung ương" …
    parent_code text REFERENCES geo.area (code),
    path        text NOT NULL UNIQUE,                 -- "01.001.00001": scope records by prefix
    search_key  text NOT NULL                         -- folded name: no diacritics, lower case
);

CREATE INDEX area_children_by_parent ON geo.area (parent_code, code);

COMMENT ON TABLE geo.area IS 'Administrative areas from the GSO catalogue of 2021-11-01';
