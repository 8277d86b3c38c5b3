package vn.pccovid.movement.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.pccovid.core.ConsoleMenuEntry;
import vn.pccovid.core.Permission;

/** The movement module's console entries: uploads for organisations, permits, checkpoints and the board for police. */
@Configuration(proxyBeanMethods = false)
class MovementMenuEntries {

	@Bean
	ConsoleMenuEntry movementUploadsMenuEntry() {
		return new ConsoleMenuEntry("/console/movement/uploads", "movement.nav.uploads", 60, Set.of(Permission.PERMIT_APPLY));
	}

	@Bean
	ConsoleMenuEntry movementPermitsMenuEntry() {
		return new ConsoleMenuEntry("/console/movement/permits", "movement.nav.permits", 61, Set.of(Permission.PERMIT_DECIDE));
	}

	@Bean
	ConsoleMenuEntry movementCheckpointsMenuEntry() {
		return new ConsoleMenuEntry("/console/movement/checkpoints", "movement.nav.checkpoints", 62,
				Set.of(Permission.CHECKPOINT_SCAN, Permission.CHECKPOINT_MANAGE));
	}

	@Bean
	ConsoleMenuEntry movementBoardMenuEntry() {
		return new ConsoleMenuEntry("/console/movement/board", "movement.nav.board", 63, Set.of(Permission.CHECKPOINT_MANAGE));
	}

	@Bean
	ConsoleMenuEntry movementRulesMenuEntry() {
		return new ConsoleMenuEntry("/console/movement/rules", "movement.nav.rules", 64, Set.of(Permission.MOVEMENT_RULES_MANAGE));
	}
}
