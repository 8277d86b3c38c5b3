package vn.pccovid.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.pccovid.access.Actor;

/** Puts the signed-in person into every page's model, for the layouts' header. */
@ControllerAdvice(annotations = Controller.class)
class SignedInAdvice {

	@ModelAttribute("me")
	Actor me(Actor actor) {
		return actor;
	}
}
