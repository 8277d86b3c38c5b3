package vn.pccovid.testing.internal;

import java.util.List;
import java.util.UUID;

import vn.pccovid.access.Actor;
import vn.pccovid.core.UploadJobTable.RowError;

/**
 * A CSV upload of results and how far it got.
 *
 * @param id        job id
 * @param status    VALIDATING, APPLYING, DONE, REJECTED (nothing applied) or FAILED
 * @param goodRows  whether only the good rows are applied when some are bad (else all or nothing)
 * @param actor     who uploaded (the job runs with their rights)
 * @param total     data rows
 * @param processed rows handled so far
 * @param applied   results recorded
 * @param unchanged rows whose identical result was recorded before
 * @param errors    per-row problems (at most {@link #MAX_ERRORS})
 */
record UploadJob(UUID id, Status status, boolean goodRows, Actor actor, int total, int processed, int applied,
		int unchanged, List<RowError> errors) {

	static final int MAX_ERRORS = 1000;

	/** Where a job is. */
	enum Status { VALIDATING, APPLYING, DONE, REJECTED, FAILED }

	boolean finished() {
		return status == Status.DONE || status == Status.REJECTED || status == Status.FAILED;
	}
}
