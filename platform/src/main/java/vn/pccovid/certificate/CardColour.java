package vn.pccovid.certificate;

/** The COVID card's colour: what venues and checkpoints make of a person at a glance. */
public enum CardColour {
	GREEN, YELLOW, RED
}
