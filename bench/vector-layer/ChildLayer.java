import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Can a JVM started without --add-modules jdk.incubator.vector get the Vector API later, in a
 * child module layer? Modes: boot (the module in the boot layer, as the app runs today: the
 * baseline), layer (a child layer, public API only), bootloader (the child layer's module defined
 * to the boot or platform loader), hack (a child layer plus java.base's qualified exports added
 * by reflection; needs --add-opens java.base/java.lang=ALL-UNNAMED). Dot is loaded by a class
 * loader whose parent sees the module, as the app's kernels would be.
 */
public class ChildLayer {
    public static void main(String[] args) throws Throwable {
        String mode = args[0];
        URL dotClasses = Path.of(args[1]).toUri().toURL();
        ClassLoader parent = ClassLoader.getSystemClassLoader();
        if (!mode.equals("boot")) {
            ModuleLayer boot = ModuleLayer.boot();
            Configuration cf = boot.configuration()
                    .resolve(ModuleFinder.of(), ModuleFinder.ofSystem(), Set.of("jdk.incubator.vector"));
            if (mode.equals("bootloader")) {
                for (ClassLoader loader : new ClassLoader[] {null, ClassLoader.getPlatformClassLoader()}) {
                    try {
                        boot.defineModules(cf, name -> loader);
                    } catch (RuntimeException e) {
                        System.out.println("defined to " + loader + ": " + e);
                    }
                }
                return;
            }
            ModuleLayer layer = boot.defineModulesWithOneLoader(cf, parent);
            if (mode.equals("hack")) {
                Module vector = layer.findModule("jdk.incubator.vector").orElseThrow();
                Method addExports = Module.class.getDeclaredMethod("implAddExports", String.class, Module.class);
                addExports.setAccessible(true);
                for (String pn : List.of("jdk.internal", "jdk.internal.foreign", "jdk.internal.javac", "jdk.internal.misc",
                        "jdk.internal.util", "jdk.internal.vm.annotation", "jdk.internal.vm.vector")) {
                    addExports.invoke(Object.class.getModule(), pn, vector);
                }
            }
            parent = layer.findLoader("jdk.incubator.vector");
        }
        try {
            new URLClassLoader(new URL[] {dotClasses}, parent).loadClass("Dot").getMethod("run").invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println(e.getCause());
        } catch (LinkageError e) {
            System.out.println(e);
        }
    }
}
