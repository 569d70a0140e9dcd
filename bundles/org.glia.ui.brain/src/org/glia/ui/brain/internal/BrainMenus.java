package org.glia.ui.brain.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.dialogs.ListDialog;
import org.glia.cohort.Subject;
import org.glia.core.color.ColorMap;
import org.glia.core.color.ColorMaps;
import org.glia.ui.brain.BrainView;

/**
 * The brain view's menu: the colour map, and whose map is shown (a subject, chosen from the cohort, or the
 * mean of a class). Entries are rebuilt each time the menu opens, from the loaded cohort.
 */
public final class BrainMenus {

    private final BrainView view;
    private ColorMap colorMap = ColorMaps.defaultMap();

    /** The menus of {@code view}. */
    public BrainMenus(BrainView view) {
        this.view = view;
    }

    /** The chosen colour map. */
    public ColorMap colorMap() {
        return colorMap;
    }

    /** Records the chosen colour map (the view applies it). */
    public void setColorMap(ColorMap map) {
        colorMap = map;
    }

    /** Adds the submenus to the view menu. */
    public void fill(IMenuManager menu) {
        MenuManager maps = new MenuManager(Messages.menuColorMap);
        maps.setRemoveAllWhenShown(true);
        maps.addMenuListener(this::fillColorMaps);
        MenuManager sources = new MenuManager(Messages.menuMapOf);
        sources.setRemoveAllWhenShown(true);
        sources.addMenuListener(this::fillSources);
        menu.add(maps);
        menu.add(sources);
        menu.add(new Separator("additions"));
        // An empty submenu is not shown at all: give each a placeholder until it is first opened.
        maps.add(new Action("") { });
        sources.add(new Action("") { });
    }

    private void fillColorMaps(IMenuManager m) {
        for (ColorMap map : ColorMaps.all()) {
            Action a = new Action(map.name(), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        view.setColorMap(map);
                    }
                }
            };
            a.setChecked(map.id().equals(colorMap.id()));
            m.add(a);
        }
    }

    private void fillSources(IMenuManager m) {
        StudyData data = view.getStudyData();
        if (data == null) {
            Action none = new Action(Messages.noCohortYet) { };
            none.setEnabled(false);
            m.add(none);
            return;
        }
        MapSource current = view.mapSource();
        String subjectText = current != null && !current.subjectClass()
                ? Messages.bind(Messages.menuSubjectCurrent, current.name()) : Messages.menuSubject;
        m.add(new Action(subjectText) {
            @Override
            public void run() {
                chooseSubject(data);
            }
        });
        m.add(new Separator());
        Set<String> classes = new LinkedHashSet<>();
        for (Subject s : data.cohort().subjects()) {
            classes.add(s.diagnosis());
        }
        for (String c : classes) {
            Action a = new Action(Messages.bind(Messages.sourceClass, c), IAction.AS_RADIO_BUTTON) {
                @Override
                public void run() {
                    if (isChecked()) {
                        view.setMapSource(MapSource.ofClass(c));
                    }
                }
            };
            a.setChecked(current != null && current.subjectClass() && current.name().equals(c));
            m.add(a);
        }
    }

    private void chooseSubject(StudyData data) {
        ListDialog dialog = new ListDialog(view.getSite().getShell());
        dialog.setTitle(Messages.chooseSubjectTitle);
        dialog.setMessage(Messages.chooseSubjectMessage);
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Subject s = (Subject) element;
                return s.id() + "  (" + s.diagnosis() + ")";
            }
        });
        dialog.setInput(data.cohort().subjects());
        if (dialog.open() == ListDialog.OK && dialog.getResult().length == 1) {
            view.setMapSource(MapSource.subject(((Subject) dialog.getResult()[0]).id()));
        }
    }
}
