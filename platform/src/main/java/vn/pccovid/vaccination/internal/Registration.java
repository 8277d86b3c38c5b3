package vn.pccovid.vaccination.internal;

import java.util.UUID;

/**
 * A person's registration for vaccination.
 *
 * @param personId      registry id
 * @param priorityGroup the group's code
 * @param needsDocument whether staff check a document for the group at the site
 * @param created       false when the person was registered already (the earlier registration stands)
 */
record Registration(UUID personId, String priorityGroup, boolean needsDocument, boolean created) {
}
