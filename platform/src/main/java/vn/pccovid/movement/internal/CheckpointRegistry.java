package vn.pccovid.movement.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;

/** Checkpoints: police create them in a ward of their area; officers list those of their area and follow the feed. */
@Service
class CheckpointRegistry {

	static final int MAX_NAME = 120;

	private final CheckpointRecords checkpoints;
	private final Areas areas;
	private final Relay relay;
	private final Clock clock;

	CheckpointRegistry(CheckpointRecords checkpoints, Areas areas, Relay relay, Clock clock) {
		this.checkpoints = checkpoints;
		this.areas = areas;
		this.relay = relay;
		this.clock = clock;
	}

	Checkpoint create(Actor actor, String name, String wardCode) {
		actor.require(Permission.CHECKPOINT_MANAGE);
		String cleaned = name == null ? "" : VietnameseText.nfc(name.strip());
		if (cleaned.isEmpty() || cleaned.length() > MAX_NAME) {
			throw new InvalidInputException("name", "movement.checkpoint.name", MAX_NAME);
		}
		Area ward = areas.get(wardCode == null ? "" : wardCode.strip(), "wardCode");
		if (ward.code().level() != AreaLevel.WARD) {
			throw new InvalidInputException("wardCode", "movement.checkpoint.ward", wardCode);
		}
		actor.requireCovers(ward.code());
		Checkpoint checkpoint = new Checkpoint(UUID.randomUUID(), cleaned, ward.code());
		checkpoints.insert(checkpoint, actor.id(), clock.instant());
		return checkpoint;
	}

	List<Checkpoint> list(Actor actor) {
		if (!actor.can(Permission.CHECKPOINT_SCAN)) {
			actor.require(Permission.CHECKPOINT_MANAGE);
		}
		return checkpoints.inArea(actor.scope().sqlPrefix());
	}

	/**
	 * The province whose feed the caller may follow: that of their scope (every checkpoint officer of a province sees
	 * the whole province's feed, whatever district or ward their scope is); national staff name one.
	 */
	String feedProvince(Actor actor, String requested) {
		actor.require(Permission.CHECKPOINT_SCAN);
		String own = actor.scope().isNational() ? null : actor.scope().area().province();
		String province = requested == null || requested.isBlank() ? own : requested.strip();
		if (province == null) {
			throw new InvalidInputException("province", "movement.feed.province");
		}
		Area area = areas.get(province, "province");
		if (area.code().level() != AreaLevel.PROVINCE) {
			throw new InvalidInputException("province", "movement.feed.province");
		}
		if (own != null && !own.equals(province)) {
			throw new ForbiddenException("access.area.outside");
		}
		return province;
	}

	org.springframework.web.servlet.mvc.method.annotation.SseEmitter follow(Actor actor, String province) {
		return relay.subscribe(feedProvince(actor, province));
	}

	static AreaCode provinceOf(Checkpoint c) {
		return AreaCode.province(c.ward().province());
	}
}
