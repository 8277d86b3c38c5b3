package vn.pccovid.access.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Permission;
import vn.pccovid.access.Role;

/**
 * Spring Security's view of an {@link Actor}, from a bearer token or a web session: authorities {@code STAFF} or
 * {@code CITIZEN}, {@code ROLE_<role>} and the permissions the roles grant.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

	private final Actor actor;

	public ActorAuthentication(Actor actor) {
		super(authorities(actor));
		this.actor = actor;
		setAuthenticated(true);
	}

	public Actor actor() {
		return actor;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return actor;
	}

	@Override
	public String getName() {
		return actor.name();
	}

	private static List<GrantedAuthority> authorities(Actor actor) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(actor.kind().name()));
		for (Role role : actor.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		}
		for (Permission permission : Permission.values()) {
			if (actor.can(permission)) {
				authorities.add(new SimpleGrantedAuthority(permission.name()));
			}
		}
		return authorities;
	}
}
