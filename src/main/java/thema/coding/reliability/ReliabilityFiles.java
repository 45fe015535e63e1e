package thema.coding.reliability;

import java.util.List;
import thema.project.FileKind;
import thema.project.FileKinds;

/** The reliability pass's kinds of project file, for the registry ({@link FileKinds}); its decisions are {@code thema.coding}'s. */
public final class ReliabilityFiles implements FileKinds.Provider {
    @Override
    public List<FileKind<?>> kinds() {
        return List.of(Sample.KIND);
    }
}
