package dev.crmkit.examples.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What a report says about the machine: cores, memory, Java and OS.
 *
 * @param cores       available processors
 * @param memoryBytes physical memory, or -1 when unknown
 * @param java        the Java runtime's version and VM
 * @param os          the operating system
 */
public record MachineInfo(int cores, long memoryBytes, String java, String os) {

    /** This machine. */
    public static MachineInfo current() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean) {
            memory = bean.getTotalMemorySize();
        }
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** One line, e.g. {@code 2 cores, 24 GiB, OpenJDK 64-Bit Server VM 17.0.15+6, Linux ...}. */
    public String describe() {
        String memory = memoryBytes < 0 ? "unknown memory"
                : String.format(Locale.ROOT, "%.0f GiB", memoryBytes / (1024.0 * 1024 * 1024));
        return cores + " cores, " + memory + ", " + java + ", " + os;
    }
}
