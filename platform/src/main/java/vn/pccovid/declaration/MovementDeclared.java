package vn.pccovid.declaration;

/**
 * A movement declaration was filed, published in the filing transaction; tracing uses it to find people on the same
 * vehicle or trip.
 *
 * @param movement what was declared
 */
public record MovementDeclared(DeclaredMovement movement) {
}
