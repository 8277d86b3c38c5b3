package vn.pccovid.declaration;

/** How a declared journey travels. */
public enum VehicleType {
	PRIVATE_CAR, MOTORBIKE, BUS, TRAIN, PLANE, BOAT
}
