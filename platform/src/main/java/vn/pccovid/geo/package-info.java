/**
 * Administrative areas: Vietnam's provinces, districts and wards from the GSO catalogue, their tree, and
 * accent-insensitive search over them. Every other module names areas through {@link vn.pccovid.core.AreaCode}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative areas")
package vn.pccovid.geo;
