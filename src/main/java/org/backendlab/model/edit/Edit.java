package org.backendlab.model.edit;

import org.backendlab.model.Diagram;

/** One undoable change of a diagram. */
public interface Edit {

    void apply(Diagram diagram);

    void revert(Diagram diagram);
}
