package thema.writeup;

import java.util.List;
import thema.project.FileKind;
import thema.project.FileKinds;

/** The write-up's kinds of project file, for the registry ({@link FileKinds}). */
public final class WriteupFiles implements FileKinds.Provider {
    @Override
    public List<FileKind<?>> kinds() {
        return List.of(Pseudonymizer.RECORD_KIND);
    }
}
