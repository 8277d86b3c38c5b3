package vn.pccovid.movement;

import java.time.Instant;
import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A vehicle passed a checkpoint (a scan with a licence plate), published in the recording transaction; tracing links
 * the people who passed in the same vehicle.
 *
 * @param passage    the passage's id
 * @param checkpoint the checkpoint
 * @param ward       the checkpoint's ward
 * @param plate      licence plate, upper case without spaces
 * @param person     registry id of the person scanned, or {@code null} when the code identified nobody
 * @param at         when
 * @param allowed    whether the checkpoint let them through
 */
public record VehiclePassed(long passage, UUID checkpoint, AreaCode ward, String plate, UUID person, Instant at,
		boolean allowed) {
}
