package thema.tui;

import java.util.List;
import thema.project.FileKind;
import thema.project.FileKinds;

/** The workbench's kinds of project file, for the registry ({@link FileKinds}). */
public final class TuiFiles implements FileKinds.Provider {
    @Override
    public List<FileKind<?>> kinds() {
        return List.of(Pins.KIND);
    }
}
