package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.CreativeUnderCheck;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The {@link PhotoArea}s of the creatives checked most recently, so that the blur, exposure and
 * blank checks read a creative's full-resolution pixels once between them instead of three times.
 * Keyed by the identity of the {@link CreativeUnderCheck} (never by its pixels' contents), held
 * weakly, and bounded, so a creative that is done with is never kept alive here. Safe for render
 * threads checking different creatives at once: a miss only costs recomputing.
 */
final class PhotoSamples {
    /** One per render thread is plenty; more only holds memory. */
    private static final int SLOTS = 4;

    private final Deque<Slot> slots = new ArrayDeque<>(SLOTS);

    private record Slot(WeakReference<CreativeUnderCheck> creative, PhotoArea area) {
    }

    PhotoArea of(CreativeUnderCheck creative) {
        synchronized (slots) {
            Iterator<Slot> it = slots.iterator();
            while (it.hasNext()) {
                Slot slot = it.next();
                CreativeUnderCheck held = slot.creative().get();
                if (held == null) {
                    it.remove();
                } else if (held == creative) {
                    return slot.area();
                }
            }
        }
        PhotoArea area = PhotoArea.of(creative);
        synchronized (slots) {
            if (slots.size() >= SLOTS) {
                slots.removeLast();
            }
            slots.addFirst(new Slot(new WeakReference<>(creative), area));
        }
        return area;
    }
}
