package vn.pccovid.vaccination.internal;

import java.util.UUID;

import vn.pccovid.core.AreaCode;

/**
 * A vaccination site.
 *
 * @param id   id
 * @param name name shown to citizens
 * @param ward the ward it lies in
 */
record Site(UUID id, String name, AreaCode ward) {
}
