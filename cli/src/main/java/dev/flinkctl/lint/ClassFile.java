package dev.flinkctl.lint;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The little of a class file the linter needs: version, access flags, names of the class, its superclass and
 * interfaces, and its methods' names and descriptors (JVMS §4). The CLI has no bytecode library (ASM would come with
 * Flink), and this much needs only the constant pool.
 *
 * @param major       the class-file major version (55 = Java 11, 61 = Java 17)
 * @param accessFlags the class's access flags
 * @param name        the class's internal name, e.g. {@code com/example/Job}
 * @param superName   the superclass's internal name, or null for {@code java/lang/Object} itself
 * @param interfaces  the internal names of the directly implemented interfaces
 * @param methods     the declared methods
 */
record ClassFile(int major, int accessFlags, String name, String superName, List<String> interfaces,
        List<Method> methods) {

    static final int ACC_PUBLIC = 0x0001;
    static final int ACC_STATIC = 0x0008;
    static final int ACC_INTERFACE = 0x0200;
    static final int ACC_ABSTRACT = 0x0400;

    private static final int MAGIC = 0xCAFEBABE;

    /**
     * One method.
     *
     * @param accessFlags its access flags
     * @param name        e.g. {@code main}
     * @param descriptor  e.g. {@code ([Ljava/lang/String;)V}
     */
    record Method(int accessFlags, String name, String descriptor) {
    }

    /**
     * Reads the major version from a class file's first 8 bytes.
     *
     * @param head at least the first 8 bytes of the file
     * @return the major version, or -1 if the bytes do not start a class file
     */
    static int majorVersion(byte[] head) {
        if (head.length < 8 || readInt(head, 0) != MAGIC) {
            return -1;
        }
        return ((head[6] & 0xff) << 8) | (head[7] & 0xff);
    }

    /**
     * Parses a whole class file.
     *
     * @throws IllegalArgumentException if {@code bytes} is not a well-formed class file
     */
    static ClassFile parse(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a class file (bad magic number)");
            }
            in.readUnsignedShort(); // minor
            int major = in.readUnsignedShort();
            Object[] pool = readConstantPool(in);
            int access = in.readUnsignedShort();
            String name = className(pool, in.readUnsignedShort());
            int superIndex = in.readUnsignedShort();
            String superName = superIndex == 0 ? null : className(pool, superIndex);
            int interfaceCount = in.readUnsignedShort();
            List<String> interfaces = new ArrayList<>(interfaceCount);
            for (int i = 0; i < interfaceCount; i++) {
                interfaces.add(className(pool, in.readUnsignedShort()));
            }
            skipMembers(in); // fields
            int methodCount = in.readUnsignedShort();
            List<Method> methods = new ArrayList<>(methodCount);
            for (int i = 0; i < methodCount; i++) {
                int flags = in.readUnsignedShort();
                String methodName = utf8(pool, in.readUnsignedShort());
                String descriptor = utf8(pool, in.readUnsignedShort());
                skipAttributes(in);
                methods.add(new Method(flags, methodName, descriptor));
            }
            return new ClassFile(major, access, name, superName, List.copyOf(interfaces), List.copyOf(methods));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed class file: " + e, e);
        }
    }

    /** @return whether the class declares {@code public static void main(String[])} */
    boolean declaresMain() {
        return methods.stream().anyMatch(m -> m.name.equals("main") && m.descriptor.equals("([Ljava/lang/String;)V")
                && (m.accessFlags & (ACC_PUBLIC | ACC_STATIC)) == (ACC_PUBLIC | ACC_STATIC));
    }

    /** @return whether this is a class that can be instantiated (not an interface, not abstract) */
    boolean isConcrete() {
        return (accessFlags & (ACC_INTERFACE | ACC_ABSTRACT)) == 0;
    }

    /** Only UTF-8 and class entries are kept (as String and Integer name index); the rest are skipped. */
    private static Object[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF(); // CONSTANT_Utf8 (modified UTF-8, which readUTF decodes)
                case 7 -> pool[i] = in.readUnsignedShort(); // CONSTANT_Class -> name index
                case 8, 16, 19, 20 -> in.skipBytes(2); // String, MethodType, Module, Package
                case 15 -> in.skipBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // Integer, Float, refs, NameAndType, Dynamic
                case 5, 6 -> { // Long and Double take two slots
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at index " + i);
            }
        }
        return pool;
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipBytes(6); // access, name, descriptor
            skipAttributes(in);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipBytes(2);
            int length = in.readInt();
            if (in.skipBytes(length) != length) {
                throw new IOException("truncated attribute");
            }
        }
    }

    private static String className(Object[] pool, int index) {
        if (!(pool[index] instanceof Integer nameIndex)) {
            throw new IllegalArgumentException("constant " + index + " is not a class");
        }
        return utf8(pool, nameIndex);
    }

    private static String utf8(Object[] pool, int index) {
        if (!(pool[index] instanceof String value)) {
            throw new IllegalArgumentException("constant " + index + " is not a UTF-8 string");
        }
        return value;
    }

    private static int readInt(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 24) | ((b[offset + 1] & 0xff) << 16) | ((b[offset + 2] & 0xff) << 8)
                | (b[offset + 3] & 0xff);
    }
}
