package vn.pccovid.registry;

import vn.pccovid.core.AreaCode;

/**
 * A person was registered (one at a time, by staff), published in the registering transaction. Ids and area only:
 * a listener that needs more reads it through the registry's API under its own purpose.
 *
 * @param citizen the new citizen
 * @param area    the ward they live in
 */
public record CitizenRegistered(CitizenId citizen, AreaCode area) {
}
