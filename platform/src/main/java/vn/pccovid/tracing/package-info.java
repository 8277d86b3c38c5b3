/**
 * Contact tracing: an index of venue co-presence kept from check-ins, households and declared trips; runs that find
 * an F0's F1 and F2 contacts with their evidence for review; confirmed contacts become cases and are notified; the
 * transmission graph per cluster, aggregated by area and expanded on demand.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact tracing")
package vn.pccovid.tracing;
