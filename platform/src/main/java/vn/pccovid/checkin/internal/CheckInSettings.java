package vn.pccovid.checkin.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the check-in module ({@code pccovid.checkin.*}).
 *
 * @param retentionDays  days of check-ins kept: a day's partition is dropped once it is older (default 21)
 * @param groupRows      most rows one group commit writes (default 5000)
 * @param venueCacheTtl  how long a node trusts a venue it read (status changes made on another node reach it within
 *                       this time; default 5 s)
 * @param batchItems     most items in one batch request (default 1000)
 * @param writers        group-commit writer threads for single check-ins (default 1: see {@link GroupCommit})
 * @param batchWriters   group-commit writer threads for requests of several rows, gateway batches (default 3)
 */
@ConfigurationProperties("pccovid.checkin")
public record CheckInSettings(Integer retentionDays, Integer groupRows, Duration venueCacheTtl, Integer batchItems,
		Integer writers, Integer batchWriters) {

	public CheckInSettings {
		retentionDays = retentionDays == null ? 21 : retentionDays;
		groupRows = groupRows == null ? 5000 : groupRows;
		venueCacheTtl = venueCacheTtl == null ? Duration.ofSeconds(5) : venueCacheTtl;
		batchItems = batchItems == null ? 1000 : batchItems;
		writers = writers == null ? 1 : writers;
		batchWriters = batchWriters == null ? 3 : batchWriters;
		if (retentionDays < 1) {
			throw new IllegalArgumentException("pccovid.checkin.retention-days must be at least 1");
		}
		if (groupRows < 1 || batchItems < 1 || writers < 1 || batchWriters < 1) {
			throw new IllegalArgumentException("pccovid.checkin.group-rows, batch-items, writers and batch-writers must be at least 1");
		}
	}
}
