-- GET /api/v1/venues/{id}/visitors : the page is read from the index alone (index-only scan on the day partitions,
-- which autovacuum keeps all-visible once a day is over): who, how and the day (the query names the partition key), next to the keyset (venue_id, at, event_id),
-- so a page of 50 visits costs no visit to the table's pages.
CREATE INDEX checkin_visitor_log_covering ON checkin.checkin (venue_id, at, event_id) INCLUDE (person_id, via, day);
DROP INDEX checkin.checkin_visitor_log;
