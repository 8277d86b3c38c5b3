package vn.pccovid.registry;

import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A bulk import was written, published in its transaction. One event per import, not per citizen: an import holds
 * up to a million people, and a million events in one transaction would cost more than the import itself. A listener
 * that needs the people reads them by area.
 *
 * @param importId the import job
 * @param imported how many citizens were written
 * @param area     the importer's scope, which holds every imported citizen ({@code null}: the whole country)
 */
public record CitizensImported(UUID importId, int imported, AreaCode area) {
}
