/**
 * Shared kernel: area codes, Vietnamese text handling, the problem-detail exceptions every module throws,
 * and the infrastructure (database, migrations, clock) the other modules stand on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core (shared kernel)", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.pccovid.core;
