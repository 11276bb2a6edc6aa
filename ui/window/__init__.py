"""The application and its main window: start-up, menus, tabs, settings, extensions."""
