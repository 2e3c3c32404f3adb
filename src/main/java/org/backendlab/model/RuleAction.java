package org.backendlab.model;

/** What a matching firewall rule does with a request. */
public enum RuleAction {
    ALLOW,
    DENY
}
