package vn.pccovid.access;

/** What was done with a citizen's personal data. */
public enum AuditAction { READ, SEARCH, CREATE, UPDATE, DELETE, IMPORT, EXPORT, VERIFY }
