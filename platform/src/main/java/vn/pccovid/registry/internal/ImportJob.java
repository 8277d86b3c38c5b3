package vn.pccovid.registry.internal;

import java.util.List;
import java.util.UUID;

import vn.pccovid.access.Actor;
import vn.pccovid.core.UploadJobTable.RowError;

/**
 * A population import as stored in {@code registry.import_job}.
 *
 * @param id        job id
 * @param status    where it is
 * @param actor     who started it
 * @param total     data rows in the file (known once parsed)
 * @param processed rows validated or written so far
 * @param imported  citizens written (only when done)
 * @param errors    what is wrong, per row (only when rejected)
 */
public record ImportJob(UUID id, Status status, Actor actor, int total, int processed, int imported, List<RowError> errors) {

	/** The stages of an import. */
	public enum Status { VALIDATING, IMPORTING, DONE, REJECTED }

	public boolean finished() {
		return status == Status.DONE || status == Status.REJECTED;
	}
}
