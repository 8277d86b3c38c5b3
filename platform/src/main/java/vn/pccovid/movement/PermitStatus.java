package vn.pccovid.movement;

/** Where a travel permit stands: waiting for the ward police, approved (and signed), or rejected with a reason. */
public enum PermitStatus { PENDING, APPROVED, REJECTED }
