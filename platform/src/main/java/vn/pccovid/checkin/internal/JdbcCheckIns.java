package vn.pccovid.checkin.internal;

import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.checkin.CheckIns;
import vn.pccovid.checkin.RecordedCheckIn;

/** {@link CheckIns} over the partitioned table, streamed through a server-side cursor. */
@Component
class JdbcCheckIns implements CheckIns {

	private final CheckInRecords records;

	JdbcCheckIns(CheckInRecords records) {
		this.records = records;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachSince(Instant from, Consumer<RecordedCheckIn> each) {
		records.forEachSince(from, each);
	}
}
