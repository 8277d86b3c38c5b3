package vn.pccovid.relief.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;

/**
 * Relief programmes: a province admin defines their province's (a national admin the country's); everyone may read
 * a programme (its terms are public, like the list).
 */
@Service
class ProgrammeCatalogue {

	private final Programmes programmes;
	private final Clock clock;

	ProgrammeCatalogue(Programmes programmes, Clock clock) {
		this.programmes = programmes;
		this.clock = clock;
	}

	@Transactional
	Programme define(Actor actor, NewProgramme request) {
		actor.require(Permission.RELIEF_PROGRAMME_MANAGE);
		String areaPath = actor.scope().isNational() ? "" : actor.scope().area().province();
		Programme programme = ProgrammeRulesReader.read(request, areaPath);
		programmes.insert(programme, actor.name(), clock.instant());
		return programme;
	}

	Programme get(UUID id) {
		return programmes.find(id).orElseThrow(() -> new NotFoundException("relief.programme.unknown"));
	}

	/** The programmes that concern the caller's area: national ones and their province's, newest first. */
	List<Programme> visibleTo(Actor actor) {
		return programmes.visibleTo(actor.scope().sqlPrefix(), 100);
	}
}
